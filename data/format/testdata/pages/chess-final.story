A sixteen-year-old from the coast won the national chess championship on Sunday, beating the defending champion in a rapid tie-break.

The two finished the classical games level on Saturday after eleven rounds that began on 19 June.

She qualified for the championship by winning the junior title in April 2024.

The winner will represent the country at the team olympiad in September.
