print("txray")
