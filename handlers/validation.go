package handlers

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/gin-gonic/gin/binding"
	"github.com/go-playground/validator/v10"
	"github.com/go-playground/validator/v10/non-standard/validators"

	"hatchery/models"
)

var registerOnce sync.Once

var (
	usernamePattern = regexp.MustCompile(`^[A-Za-z0-9._-]{3,64}$`)
	// phonePattern takes mainland mobiles (13903110000) and landlines with
	// an area code and optional extension (0311-86012345-801).
	phonePattern = regexp.MustCompile(`^(\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$`)
)

// RegisterValidation adds Hatchery's rules to gin's validator and makes it
// name fields by their JSON (or form) names. gin keeps one validator for the
// process, so this runs once however many engines are built.
func RegisterValidation() {
	registerOnce.Do(func() {
		v, ok := binding.Validator.Engine().(*validator.Validate)
		if !ok {
			panic("gin's validator is not go-playground/validator")
		}
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			for _, tag := range []string{"json", "form"} {
				name := strings.SplitN(f.Tag.Get(tag), ",", 2)[0]
				if name == "-" {
					return ""
				}
				if name != "" {
					return name
				}
			}
			return f.Name
		})
		must(v.RegisterValidation("notblank", validators.NotBlank))
		must(v.RegisterValidation("uscc", func(fl validator.FieldLevel) bool {
			return models.ValidUSCC(fl.Field().String())
		}))
		must(v.RegisterValidation("username", func(fl validator.FieldLevel) bool {
			return usernamePattern.MatchString(fl.Field().String())
		}))
		must(v.RegisterValidation("date", func(fl validator.FieldLevel) bool {
			d, ok := models.ParseDate(fl.Field().String())
			// Years outside 1900-2100 are typing mistakes in this field.
			return ok && d >= "1900-01-01" && d <= "2100-12-31"
		}))
		// enum=Name takes one of the values of models' enum Name.
		must(v.RegisterValidation("enum", func(fl validator.FieldLevel) bool {
			values, ok := models.EnumValues(fl.Param())
			if !ok {
				panic("validation: no enum called " + fl.Param())
			}
			return slices.Contains(values, fl.Field().String())
		}))
		must(v.RegisterValidation("phone", func(fl validator.FieldLevel) bool {
			return phonePattern.MatchString(fl.Field().String())
		}))
	})
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
