Grain shipments through the southern sea corridor rose for a third month in a row in January, port figures published on Tuesday showed.

Exporters loaded 4.1 million tonnes last month, up from 3.6 million in December, as insurers cut the premiums they charge for the route.

The corridor opened in August 2023 after an earlier shipping arrangement collapsed in July of that year.

Traders expect volumes to ease in the spring, when the new harvest in other regions begins to compete for buyers.

The ministry will publish its forecast for the 2025 season on 28 February.
