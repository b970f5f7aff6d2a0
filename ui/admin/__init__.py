"""The administrator's page: municipalities and contacts, people, closure days and booking rules."""
