//! Dates round 2 (session 25): a site's banner of the current date, its "today" word before a
//! weekday (`आज: मंगलबार, मंसिर ८, २०८३`), does not date the story over its labelled line.

use super::super::read_text;

#[test]
fn a_today_banner_before_a_weekday_gives_way_to_the_labelled_date() {
    let text = "आज: मंगलबार, मंसिर ८, २०८३\n\
        समाचार\n\
        पोखरामा पहिलो विद्युतीय सार्वजनिक बस सेवा सञ्चालनमा\n\
        लेखक: सरिता गुरुङ\n\
        प्रकाशित : नोभेम्बर २४, २०२६ ११:४५\n\
        पोखरा महानगरपालिकाले मंगलबारदेखि शहरभित्र पहिलो विद्युतीय सार्वजनिक बस सेवा सञ्चालनमा \
        ल्याएको छ। सुरुमा दश वटा बस तीन रुटमा चल्नेछन्।\n\
        महानगरका प्रमुखले बस सेवाले शहरको वायु प्रदूषण घटाउन मद्दत गर्ने बताए।\n";
    assert_eq!(
        read_text(text).published.as_deref(),
        Some("2026-11-24T11:45")
    );
}
