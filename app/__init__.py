"""BUA Booking's domain and services: pure Python, no Qt and no database sessions."""
