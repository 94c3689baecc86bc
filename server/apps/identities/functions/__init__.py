"""Who may call what is in the folder names (each package is imported by its path):

public/  act for the acting user (`actor=`) on the rows visible to them (their own; for
         staff, anyone's: `Identity.objects.visible_to`); another id is a 404
system/  a person's rows for the worker, the schedule and the person's lifecycle (erasure,
         withdrawal, retention); they check no access: their caller has decided
"""
