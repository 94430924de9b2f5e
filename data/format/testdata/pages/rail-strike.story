Rail workers called off a strike planned for next Tuesday after the operator improved its pay offer late on Friday.

The union said members would vote on the new offer over the next three weeks, and the result would be announced on 2 June.

Drivers last walked out on 17 March, when most regional lines were shut for the day.

The operator said services would run as normal throughout next week.
