# Mixins: multiple inheritance where the mixins only add methods.


class ReprMixin(object):
    def render(self):
        return '<%s %s>' % (self.tag(), self.fields())


class CompareMixin(object):
    def same_key(self, other):
        return self.key() == other.key()

    def before(self, other):
        return self.key() < other.key()


class Base(object):
    def __init__(self, name):
        self.name = name

    def tag(self):
        return 'base'

    def fields(self):
        return 'name=' + self.name

    def key(self):
        return self.name


class User(Base, ReprMixin, CompareMixin):
    def __init__(self, name, age):
        Base.__init__(self, name)
        self.age = age

    def tag(self):
        return 'user'

    def fields(self):
        return Base.fields(self) + ' age=%d' % self.age

    def key(self):
        return self.age


class Group(Base, ReprMixin):
    def __init__(self, name):
        super().__init__(name)
        self.members = []

    def tag(self):
        return 'group'

    def fields(self):
        return 'name=%s n=%d' % (self.name, len(self.members))


def main(argv):
    users = [User('ann', 31), User('bob', 25), User('cy', 31)]
    g = Group('admins')
    for u in users:
        print(u.render())
        if u.age > 30:
            g.members.append(u)
    print(g.render())
    print(users[0].same_key(users[2]), users[0].same_key(users[1]))
    print(users[1].before(users[0]), users[0].before(users[1]))
    print(isinstance(users[0], ReprMixin), isinstance(g, CompareMixin))
    print(issubclass(User, CompareMixin), issubclass(Group, Base))
    youngest = users[0]
    for u in users:
        if u.before(youngest):
            youngest = u
    print('youngest', youngest.name)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
