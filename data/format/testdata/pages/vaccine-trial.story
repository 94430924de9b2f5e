A nasal flu vaccine developed at the university will enter its final stage of trials in January, its makers said on Wednesday.

The earlier stage, which ended in June, enrolled 800 volunteers and found no serious side effects.

Regulators could decide whether to approve the vaccine by the winter of 2026 if the results hold up.

The team first tested the spray in animals in 2019.
