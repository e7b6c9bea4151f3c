//! Screenshot mode (`CHRONICLE_SCREENSHOT`): open a view, save a PNG after a few frames, close.

use super::*;

impl ChronicleApp {
    pub(super) fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(shot) = &mut self.screenshot else {
            return;
        };
        shot.frames += 1;
        if shot.saved.load(Ordering::SeqCst) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if shot.people {
            // Choose the most quoted person, then open their first quote.
            if self.people.loaded && self.people.chosen.is_none() {
                if let Some(first) = people::sorted(&self.people.people, self.people.sort).first() {
                    self.commands
                        .push(AppCommand::ChoosePerson(Some((*first).clone())));
                }
            }
            if let (Some(quotes), None) = (&self.people.quotes, &self.people.opened) {
                if let Some(q) = quotes.first() {
                    self.commands.push(AppCommand::OpenQuote {
                        article_id: q.article_id,
                        text: q.text.clone(),
                    });
                }
            }
        }
        let ready = if shot.people {
            self.focused_quote.is_some()
        } else {
            self.article.is_some() || self.archive_count == Some(0)
        };
        if ready {
            shot.ready_frames += 1;
        }
        if !shot.requested && (shot.ready_frames >= 8 || shot.frames >= 600) {
            shot.requested = true;
            let (path, saved, ctx2) = (shot.path.clone(), Arc::clone(&shot.saved), ctx.clone());
            ctx.request_screenshot(move |img: Arc<egui::ColorImage>| {
                let [w, h] = img.size;
                let rgba: Vec<u8> = img.pixels.iter().flat_map(|c| c.to_array()).collect();
                match image::RgbaImage::from_raw(w as u32, h as u32, rgba).map(|i| i.save(&path)) {
                    Some(Ok(())) => eprintln!("chronicle: screenshot saved to {}", path.display()),
                    Some(Err(e)) => eprintln!("chronicle: cannot save the screenshot: {e}"),
                    None => eprintln!("chronicle: the screenshot had an unexpected size"),
                }
                saved.store(true, Ordering::SeqCst);
                ctx2.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}
