// Chain-neutral vocabulary shared by every chain module and front end.
