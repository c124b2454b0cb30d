//! French date expressions resolved against a reference date. OWNER: dates/events helper.
