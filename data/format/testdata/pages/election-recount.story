A hand recount completed on Thursday confirmed that Dana Whitfield won the mayoral election by 212 votes.

The county board began the recount on Monday after the losing candidate asked for it on 8 November, three days after the vote.

Whitfield will be sworn in on 2 January and has promised to present her first budget by the end of March.

Turnout was the highest since 2008, the board said, with long queues at several schools on election day.
