import ArgumentParser

Zhibiao.main()
