/* visit counter placeholder */
var _stat = { v: 1 };
