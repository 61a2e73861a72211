"""The ``netra`` command line: everything the GUI does, for HR scripts and tests."""
