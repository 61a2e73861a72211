"""One view per place a user works in; each offers ``set_event(event)``."""
