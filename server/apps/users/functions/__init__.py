"""Who may call what is in the folder names (each package is imported by its path):

public/  decide for the acting user (`actor=`) whose rows they may reach
admin/   take ids and reach anyone's rows; called only after a staff check
"""
