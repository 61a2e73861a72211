"""Work that leaves the UI thread and reports back on it."""
