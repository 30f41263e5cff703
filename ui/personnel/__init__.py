"""The personnel registry: people, detachments and vehicles with their forms
(``ui.personnel.area.PersonnelArea``)."""
