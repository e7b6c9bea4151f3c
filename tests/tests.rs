//! Integration tests: one binary, modules by topic.
