Port workers ended a four-day strike on Friday after the employers agreed to review shift patterns.

The walkout began on Monday and left more than forty container ships waiting at anchor.

The review will report by 31 October, both sides said in a joint statement.
