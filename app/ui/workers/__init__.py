"""Work that leaves the UI thread: one-shot tasks, and long-lived workers on their own threads.

Workers talk to widgets only through signals.
"""
