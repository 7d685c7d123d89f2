from reviewdesk.launcher import main

raise SystemExit(main())
