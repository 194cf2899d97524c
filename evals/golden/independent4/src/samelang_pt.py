PT = []
