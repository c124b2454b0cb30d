//! The corpus as JSON, CSV, Markdown and readable text. OWNER: lead.
