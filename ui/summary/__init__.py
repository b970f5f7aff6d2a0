"""The case summary form: written by the booker, checked for identifying data as it is typed."""
