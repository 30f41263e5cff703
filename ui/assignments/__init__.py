"""The assignment board: who guards which centre or post in each shift, and the roster's
draft, publication and amendments (``ui.assignments.area.AssignmentsArea``)."""
