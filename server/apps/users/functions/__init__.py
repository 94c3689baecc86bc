"""Who may call what is in the folder names (each package is imported by its path):

admin/   take ids and reach anyone's rows; called only after a staff check
"""
