The maritime museum reopened its doors on Friday after a rebuild that began in 2021 and ran two years over schedule.

Visitors queued from early morning to see the restored nineteenth-century lifeboat, which returns to the main hall after a decade in storage.

The director said that a second gallery, devoted to the harbour's fishing fleet, will open in September.

Entry will be free for local schools until the end of the year.
