/// Seaport 1.x (OpenSea's marketplace protocol). Its structs are spelled out once here and
/// composed, because the same order shapes recur in every function.
extension SelectorRegistry {
  private static let offerItem =
    "(uint8 itemType, address token, uint256 identifierOrCriteria, uint256 startAmount, uint256 endAmount)"
  private static let considerationItem =
    "(uint8 itemType, address token, uint256 identifierOrCriteria, uint256 startAmount, uint256 endAmount, address recipient)"
  private static func orderFields(last: String) -> String {
    "(address offerer, address zone, \(offerItem)[] offer, \(considerationItem)[] consideration, uint8 orderType, uint256 startTime, uint256 endTime, bytes32 zoneHash, uint256 salt, bytes32 conduitKey, uint256 \(last))"
  }
  private static let orderParameters = orderFields(last: "totalOriginalConsiderationItems")
  private static let orderComponents = orderFields(last: "counter")
  private static let order = "(\(orderParameters) parameters, bytes signature)"
  private static let advancedOrder =
    "(\(orderParameters) parameters, uint120 numerator, uint120 denominator, bytes signature, bytes extraData)"
  private static let criteriaResolver =
    "(uint256 orderIndex, uint8 side, uint256 index, uint256 identifier, bytes32[] criteriaProof)"
  private static let fulfillmentComponent = "(uint256 orderIndex, uint256 itemIndex)"
  private static let fulfillment =
    "(\(fulfillmentComponent)[] offerComponents, \(fulfillmentComponent)[] considerationComponents)"
  private static let basicOrderParameters =
    "(address considerationToken, uint256 considerationIdentifier, uint256 considerationAmount, address offerer, address zone, address offerToken, uint256 offerIdentifier, uint256 offerAmount, uint8 basicOrderType, uint256 startTime, uint256 endTime, bytes32 zoneHash, uint256 salt, bytes32 offererConduitKey, bytes32 fulfillerConduitKey, uint256 totalOriginalAdditionalRecipients, (uint256 amount, address recipient)[] additionalRecipients, bytes signature)"

  static let marketplaceEntries: [RegistryEntry] = registryGroup(
    "Seaport",
    [
      ("fulfillBasicOrder(\(basicOrderParameters) parameters)", "Buy or sell an NFT (Seaport)"),
      (
        "fulfillBasicOrder_efficient_6GL6yc(\(basicOrderParameters) parameters)",
        "Buy or sell an NFT (Seaport)"
      ),
      ("fulfillOrder(\(order) order, bytes32 fulfillerConduitKey)", "Fill a Seaport order"),
      (
        "fulfillAdvancedOrder(\(advancedOrder) advancedOrder, \(criteriaResolver)[] criteriaResolvers, bytes32 fulfillerConduitKey, address recipient)",
        "Fill a Seaport order"
      ),
      (
        "fulfillAvailableOrders(\(order)[] orders, \(fulfillmentComponent)[][] offerFulfillments, \(fulfillmentComponent)[][] considerationFulfillments, bytes32 fulfillerConduitKey, uint256 maximumFulfilled)",
        "Fill Seaport orders"
      ),
      (
        "fulfillAvailableAdvancedOrders(\(advancedOrder)[] advancedOrders, \(criteriaResolver)[] criteriaResolvers, \(fulfillmentComponent)[][] offerFulfillments, \(fulfillmentComponent)[][] considerationFulfillments, bytes32 fulfillerConduitKey, address recipient, uint256 maximumFulfilled)",
        "Fill Seaport orders"
      ),
      ("matchOrders(\(order)[] orders, \(fulfillment)[] fulfillments)", "Match Seaport orders"),
      (
        "matchAdvancedOrders(\(advancedOrder)[] orders, \(criteriaResolver)[] criteriaResolvers, \(fulfillment)[] fulfillments, address recipient)",
        "Match Seaport orders"
      ),
      ("cancel(\(orderComponents)[] orders)", "Cancel Seaport orders"),
      ("validate(\(order)[] orders)", "Validate Seaport orders"),
      ("incrementCounter()", "Cancel all Seaport orders"),
    ])
}
