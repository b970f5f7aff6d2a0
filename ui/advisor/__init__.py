"""The BUA advisor's page: the week and month calendar over all their municipalities, a session's
details with the outcome, the series editor with its preview, and the absence dialog."""
