"""Long-lived workers on their own threads; they talk to widgets only through signals."""
