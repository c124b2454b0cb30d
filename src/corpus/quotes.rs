//! Quote spans: « », “ ”, straight quotes, nesting, unclosed quotes. OWNER: extraction helper.
pub mod marks;
