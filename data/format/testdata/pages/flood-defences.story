The new flood barrier on the lower river held back a surge on Saturday night, the first time it has been raised in earnest since it was finished in May.

Water levels peaked at 4.6 metres shortly after midnight, the environment agency said.

The barrier was approved in 2019 after floods in the winter of 2015 damaged more than 600 homes.

Engineers will inspect the gates on Wednesday before the next high tides, expected later this month.
