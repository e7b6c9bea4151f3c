//! GUI tests (egui_kittest).
