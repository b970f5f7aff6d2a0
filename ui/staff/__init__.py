"""The municipal employee's page: fixed contacts, free times, booking, and "Mine bookinger"."""
