package quiz_test

import "sotay/internal/viet"

var quizConvertTCVN3 = viet.ConvertTCVN3
