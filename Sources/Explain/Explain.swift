import TxrayCore
