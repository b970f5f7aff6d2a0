"""Persistence for BUA Booking: SQLAlchemy models, the store and its units of work, migrations."""
