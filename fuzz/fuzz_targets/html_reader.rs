//! Any bytes as a saved web page (HTML and MHTML): never a panic or a stack overflow.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chronicle::extract::html::read_html(data);
    let _ = chronicle::extract::mhtml::read_mhtml(data);
});
