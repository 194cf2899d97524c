AR = []
