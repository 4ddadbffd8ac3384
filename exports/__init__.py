"""What Assess writes for people and programs outside it: reports, and exchange packages."""
