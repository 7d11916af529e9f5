import CNCurses
import Explain
import TxrayCore
