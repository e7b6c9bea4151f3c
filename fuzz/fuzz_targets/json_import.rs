//! Any bytes as a Chronicle export: a clear error or articles, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chronicle::extract::extract("export.json", data);
});
