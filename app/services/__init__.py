"""Use cases: one path for the GUI, the scanner, manual entry and the command line."""
