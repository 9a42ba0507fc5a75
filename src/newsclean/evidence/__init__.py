"""Evidence: what text and markup look like, shared by the input adapters and the rules.

Safe patterns (:mod:`.patterns`), dates (:mod:`.dates`), text shapes
(:mod:`.shape`), phrase vocabularies (:mod:`.phrases`), what reads as a
person's name (:mod:`.names`) and class/id vocabularies (:mod:`.classes`).
Nothing here decides anything.
"""
