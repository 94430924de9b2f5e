Parliament approved next year's budget early on Thursday after a sitting that lasted through the night.

The finance minister first presented the plan on 12 February, and committees spent five weeks amending it.

The largest change, a smaller rise in fuel duty, was agreed on Tuesday after talks with the smaller coalition party.

The budget takes effect on 1 July, and the minister said a review would follow in the autumn.
