Firefighters said on Tuesday that they had fully contained the ridge fire, which broke out on 11 August and burned across 14,000 acres of forest.

Evacuation orders for the two valley towns were lifted on Sunday evening, and residents began returning the next morning.

The fire was the largest in the county since the summer of 2020, when three blazes merged into one.

Investigators expect to name the cause of the fire within two weeks.
