"""Who may call what is in the folder names (each package is imported by its path):

public/  act for the acting user (`actor=`) on that user's own rows only
admin/   take ids and reach anyone's rows; called only after a staff check
system/  a person's rows for the worker, the schedule and the person's lifecycle (erasure,
         withdrawal, retention); they check no access: their caller has decided
"""
