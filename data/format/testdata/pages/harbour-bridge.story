The city council voted on Monday to close the old harbour bridge to traffic for six weeks while engineers replace its corroded bearings.

Work will begin on 14 April and the bridge should reopen in late May, the council's transport committee said.

Inspectors first reported cracks in the eastern span in October 2023, and a weight limit was imposed the following January.

Ferry operators have agreed to run an extra crossing every hour from next Monday until the repairs are finished.

Shopkeepers on the quay said they feared a quiet spring, but welcomed the decision to keep the footpath open at weekends.
